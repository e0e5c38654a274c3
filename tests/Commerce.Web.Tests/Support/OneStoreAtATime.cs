// Two WebApplicationFactory stores alive at once in one test process (the seeded store and the Stripe-configured one)
// leave the second on its default configuration (port 5000, no test settings): WebApplicationFactory finds the app's
// host through process-wide hosting events. Collections therefore run one after another, each store disposed before
// the next starts; the whole project still runs in about 25 s.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
