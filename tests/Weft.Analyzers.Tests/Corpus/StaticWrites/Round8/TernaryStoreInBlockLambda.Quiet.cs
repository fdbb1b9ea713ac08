// Quiet: the ternary store of TernaryStoreInPostedLambda.Quiet in a block-bodied lambda (separates the lambda's
// form from the stored expression).
using Weft.Threading;

namespace Corpus.StaticWrites.R8.TernaryStoreInBlockLambda;

public enum Circuit { Closed, Open, HalfOpen }

public static class Breaker
{
    private static Circuit s_state;

    public static Circuit State => s_state;

    public static void OnFailure(Dispatcher worker, bool tripped) =>
        worker.Post(() => { s_state = tripped ? Circuit.Open : Circuit.HalfOpen; });
}
