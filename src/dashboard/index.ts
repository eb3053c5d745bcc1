// The dashboard without the editor: a corpus report in, the page's HTML out, and the check of what the page asks back.
export { dashboardModel, DEFAULT_LIMITS, type DashboardLimits, type DashboardModel } from './model';
export { renderDashboard, type PageContext } from './render';
export { parseDashboardMessage, type RevealMessage } from './messages';
