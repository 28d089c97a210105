/**
 * The login page's whole stylesheet. The other pages use Tailwind classes from app/globals.css,
 * whose built file has a hashed name this page cannot link; these rules repeat just what the login
 * screen used (Tailwind's preflight basics and the same sizes and `--pd-*` colours), so it looks the
 * same in every theme without loading the app's CSS.
 */
export const LOGIN_STYLE = `
*,::before,::after{box-sizing:border-box;margin:0;padding:0;border:0 solid}
[hidden]{display:none!important}
html{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Segoe UI Symbol","Noto Color Emoji";line-height:1.5;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:transparent}
html,body{background:var(--pd-bg);color:var(--pd-ink)}
body{min-height:100dvh;-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}
input,button{font:inherit;letter-spacing:inherit;color:inherit;background-color:transparent;border-radius:0}
button{cursor:pointer}
a{color:inherit}
:focus-visible{outline:2px solid var(--pd-accent);outline-offset:2px}
.small{font-size:.875rem;line-height:1.25rem}
main{display:flex;flex-direction:column;justify-content:center;min-height:100dvh;max-width:24rem;margin:0 auto;padding:max(2rem,env(safe-area-inset-top)) 1.5rem max(2rem,env(safe-area-inset-bottom))}
.brand{display:flex;align-items:center;gap:.75rem;margin-bottom:2rem}
.mark{display:grid;place-items:center;width:2.75rem;height:2.75rem;border-radius:1rem;background:var(--pd-accent);color:var(--pd-accent-ink);font-size:1.25rem;line-height:1.75rem;font-weight:700}
h1{font-size:1.5rem;line-height:2rem;font-weight:600;letter-spacing:-.025em}
.tagline{color:var(--pd-muted)}
form{display:flex;flex-direction:column;gap:1rem}
label{font-weight:500}
#password{height:3rem;border:1px solid var(--pd-line);border-radius:.75rem;background:var(--pd-surface);padding:0 1rem;font-size:1rem;line-height:1.5rem}
#password:focus{border-color:var(--pd-accent)}
.error{border-radius:.5rem;background:var(--pd-raised);padding:.5rem .75rem;color:var(--pd-bad)}
.submit{height:3rem;border-radius:.75rem;background:var(--pd-accent);color:var(--pd-accent-ink);font-size:1rem;line-height:1.5rem;font-weight:600}
.submit:active{opacity:.8}
.offline{position:fixed;inset:0 0 auto;z-index:40;pointer-events:none}
.offline p{background:var(--pd-ink);color:var(--pd-bg);padding:max(.625rem,env(safe-area-inset-top)) 1rem .625rem;text-align:center;font-weight:500;box-shadow:0 4px 6px -1px rgb(0 0 0/.1),0 2px 4px -2px rgb(0 0 0/.1)}
.insecure{border-bottom:1px solid var(--pd-line);background:var(--pd-raised);padding:max(.75rem,env(safe-area-inset-top)) 1rem .75rem}
.insecure div{display:flex;align-items:flex-start;gap:.75rem;max-width:48rem;margin:0 auto}
.insecure p{flex:1}
.insecure strong{font-weight:600;color:var(--pd-warn)}
.insecure a{font-weight:500;color:var(--pd-accent);text-decoration:underline;text-underline-offset:2px}
.insecure button{min-height:2.75rem;margin:-.25rem 0;border-radius:.5rem;padding:0 .75rem;font-weight:500;color:var(--pd-muted)}
.insecure button:hover{color:var(--pd-ink)}
@media (min-width:48rem){.insecure{padding-left:2rem;padding-right:2rem}}
`;
