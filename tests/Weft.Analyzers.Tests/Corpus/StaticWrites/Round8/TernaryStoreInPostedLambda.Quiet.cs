// Quiet: the ternary form of SwitchExpressionStateMachine.Quiet: a store of a value not read from the field.
using Weft.Threading;

namespace Corpus.StaticWrites.R8.TernaryStoreInPostedLambda;

public enum Circuit { Closed, Open, HalfOpen }

public static class Breaker
{
    private static Circuit s_state;

    public static Circuit State => s_state;

    public static void OnFailure(Dispatcher worker, bool tripped) =>
        worker.Post(() => s_state = tripped ? Circuit.Open : Circuit.HalfOpen);
}
