import { startLoginPage } from './login-script';

// The page's <script data-service-worker> says whether this server runs a worker (not in development).
startLoginPage(document.currentScript?.hasAttribute('data-service-worker') ?? false);
