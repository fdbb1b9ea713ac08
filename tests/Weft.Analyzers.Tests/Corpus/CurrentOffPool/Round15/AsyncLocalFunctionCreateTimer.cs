// Round 15, WEFT0005 message for a loop-only member: a connection handler's async local function awaits a handshake
// with ConfigureAwait(false) and then arms an idle timer with Dispatcher.CreateTimer on the pool thread. The page: the
// message names the member and says it is called on the wrong thread.
using System;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.Round15.AsyncLocalFunctionCreateTimer;

public sealed class IdleGuard(Func<Task<bool>> handshake, Action onIdle)
{
    public Task StartAsync(TimeSpan idle)
    {
        var loop = Dispatcher.Current!;
        return ArmAsync();

        async Task ArmAsync()
        {
            if (!await handshake().ConfigureAwait(false))
            {
                return;
            }

            var timer = loop.CreateTimer(onIdle); // expect: WEFT0005 "CreateTimer"
            timer.Enable(idle);
        }
    }
}
