// Submits the provider's sign-out confirmation at once: the user already chose to sign out in Budgetflow.
const form = document.getElementById('op.logoutForm');
if (form) form.requestSubmit(document.querySelector('button[name="logout"]'));
