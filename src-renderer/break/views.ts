// The break's three big views, in their own chunk: the page Limber loads hidden at every start
// shows only its idle state, so it parses these after that is on screen (BreakApp loads them right
// away, long before any break), and a start costs less than the whole player.
export { EndView } from './EndView';
export { Player } from './Player';
export { PreBreak } from './PreBreak';
