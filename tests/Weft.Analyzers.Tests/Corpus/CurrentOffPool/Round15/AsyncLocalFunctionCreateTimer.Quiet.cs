// Round 15, WEFT0005 quiet twin: the local function awaits the handshake plainly and arms the timer on its loop.
using System;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.Round15.AsyncLocalFunctionCreateTimerQuiet;

public sealed class IdleGuard(Func<Task<bool>> handshake, Action onIdle)
{
    public Task StartAsync(TimeSpan idle)
    {
        var loop = Dispatcher.Current!;
        return ArmAsync();

        async Task ArmAsync()
        {
            if (!await handshake())
            {
                return;
            }

            var timer = loop.CreateTimer(onIdle);
            timer.Enable(idle);
        }
    }
}
