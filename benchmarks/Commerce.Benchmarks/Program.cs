using Commerce.Benchmarks;
using Commerce.Benchmarks.Checkout;
using Commerce.Benchmarks.Load;

// Two benchmarks, one per command; benchmarks/run.sh drives both against a throwaway cluster.
const string Usage = """
    usage:
      Commerce.Benchmarks load --url http://127.0.0.1:PORT --paths-file FILE [--concurrency 20] [--duration 30s] [--warmup 5s] [--label NAME] [--json-out FILE]
      Commerce.Benchmarks checkout --connection "Host=...;Database=..." [--orders 2000] [--concurrency 16] [--variants 100] [--warmup-orders 50] [--label NAME] [--json-out FILE]
    """;

try
{
    var options = CommandLine.Parse(args.Skip(1));
    return args.FirstOrDefault() switch
    {
        "load" => await LoadCommand.RunAsync(LoadSettings.From(options)),
        "checkout" => await CheckoutCommand.RunAsync(CheckoutSettings.From(options)),
        _ => Fail(Usage),
    };
}
catch (ArgumentException e)
{
    return Fail($"{e.Message}\n{Usage}");
}

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
