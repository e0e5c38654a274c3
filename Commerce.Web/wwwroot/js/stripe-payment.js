// Mounts Stripe's Payment Element and confirms the PaymentIntent; Stripe then returns the shopper to the
// confirmation page, and the webhook (not this script) marks the order paid.
(function () {
  const form = document.getElementById("stripe-payment");
  if (!form || typeof Stripe === "undefined") return;
  const stripe = Stripe(form.dataset.publishableKey);
  const elements = stripe.elements({ clientSecret: form.dataset.clientSecret });
  elements.create("payment").mount("#payment-element");
  const button = document.getElementById("stripe-pay");
  const error = document.getElementById("stripe-error");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = "";
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: form.dataset.returnUrl } });
    if (result.error) {
      error.textContent = result.error.message || "Your payment could not be completed.";
      button.disabled = false;
    }
  });
})();
