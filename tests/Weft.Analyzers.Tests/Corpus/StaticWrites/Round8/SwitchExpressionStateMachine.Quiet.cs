// Twin: the new state is not read from the field (a store of a constant).
using Weft.Threading;

namespace Corpus.StaticWrites.R8.SwitchExpressionStateMachineQuiet;

public enum Circuit { Closed, Open, HalfOpen }

public static class Breaker
{
    private static Circuit s_state;

    public static Circuit State => s_state;

    public static void OnFailure(Dispatcher worker, bool tripped) =>
        worker.Post(() => s_state = tripped switch
        {
            true => Circuit.Open,
            false => Circuit.HalfOpen,
        });
}
