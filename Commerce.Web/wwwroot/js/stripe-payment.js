// Mounts Stripe's Payment Element and confirms the PaymentIntent; Stripe then returns the shopper to the
// confirmation page, and the webhook (not this script) marks the order paid.
(function () {
  const form = document.getElementById("stripe-payment");
  if (!form) return;
  const button = document.getElementById("stripe-pay");
  const error = document.getElementById("stripe-error");
  const fail = (message) => {
    error.textContent = message || "Your payment could not be completed. Please try again.";
    button.disabled = false;
  };
  // Without Stripe.js (blocked, offline) a plain submit would only reload the page: say so instead.
  if (typeof Stripe === "undefined") {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      fail("The secure payment form could not be loaded. Please check your connection and reload the page.");
    });
    return;
  }
  const stripe = Stripe(form.dataset.publishableKey);
  const elements = stripe.elements({ clientSecret: form.dataset.clientSecret });
  const payment = elements.create("payment");
  payment.on("loaderror", (event) => fail(event.error && event.error.message));
  payment.mount("#payment-element");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = "";
    try {
      // Resolves only on failure: on success Stripe navigates to return_url.
      const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: form.dataset.returnUrl } });
      if (result.error) fail(result.error.message);
    } catch {
      fail("We couldn't reach the payment service. Please check your connection and try again.");
    }
  });
})();
