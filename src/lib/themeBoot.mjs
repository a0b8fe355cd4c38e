// Runs before first paint so a remembered dark/light choice never flashes the other theme.
// Kept as a string so astro.config.mjs can hash it for the Content-Security-Policy.
export const themeBootScript =
  "try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";
