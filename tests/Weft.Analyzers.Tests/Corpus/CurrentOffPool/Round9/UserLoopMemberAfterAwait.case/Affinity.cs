// WEFT0005 across files: a user member marked [RequiresLoopThread] is declared here; Refresher.cs calls it after an
// await configured not to resume on the loop.
using Weft;
using Weft.Threading;

namespace Corpus.CurrentOffPool.R9.UserLoopMemberAfterAwait;

public static class Affinity
{
    [RequiresLoopThread]
    public static string LoopName() => Dispatcher.Current?.Name ?? throw new System.InvalidOperationException("not on a loop");
}
