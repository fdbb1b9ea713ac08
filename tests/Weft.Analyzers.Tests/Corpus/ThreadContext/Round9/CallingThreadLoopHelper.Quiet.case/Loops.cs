// WEFT0004 across files: a user helper (this file) returns the loop to post to. Marked [CallingThreadLoop] it returns
// the caller's own loop, so posting worker state there stays on the worker; the defect twin's helper is unmarked and
// returns the pool's main dispatcher, another thread.
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.CallingThreadLoopHelper;

public static class Loops
{
    [CallingThreadLoop]
    public static Dispatcher Home(WorkerPool pool) => Dispatcher.Current ?? pool.Main;
}
