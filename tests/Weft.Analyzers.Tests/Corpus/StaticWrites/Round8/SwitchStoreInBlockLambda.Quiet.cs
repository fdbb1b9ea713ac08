// Quiet: the switch expression of SwitchExpressionStateMachine.Quiet in a block-bodied lambda, assigned to a local
// first, then stored (a value not read from the field).
using Weft.Threading;

namespace Corpus.StaticWrites.R8.SwitchStoreInBlockLambda;

public enum Circuit { Closed, Open, HalfOpen }

public static class Breaker
{
    private static Circuit s_state;

    public static Circuit State => s_state;

    public static void OnFailure(Dispatcher worker, bool tripped) =>
        worker.Post(() =>
        {
            var next = tripped switch
            {
                true => Circuit.Open,
                false => Circuit.HalfOpen,
            };
            s_state = next;
        });
}
