// WEFT0006: a static circuit state advanced with a switch expression over itself, from a posted callback.
using Weft.Threading;

namespace Corpus.StaticWrites.R8.SwitchExpressionStateMachine;

public enum Circuit { Closed, Open, HalfOpen }

public static class Breaker
{
    private static Circuit s_state;

    public static void OnFailure(Dispatcher worker) =>
        worker.Post(() => s_state = s_state switch // expect: WEFT0006
        {
            Circuit.Closed => Circuit.Open,
            Circuit.HalfOpen => Circuit.Open,
            _ => s_state,
        });
}
