// WEFT0005: the worker's own Dispatcher (Dispatcher.Current, [CallingThreadLoop]) is captured into a Task.Run body,
// which calls its [RequiresLoopThread] CreateTimer from a pool thread.
using System;
using System.Threading.Tasks;
using Weft.Threading;

namespace Corpus.Round4.LoopCapturedIntoTaskRun;

public sealed class BackoffScheduler
{
    public Task ScheduleRetryAsync(Action retry, TimeSpan delay)
    {
        var loop = Dispatcher.Current!;
        return Task.Run(() =>
        {
            var jittered = delay + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 50));
            loop.CreateTimer(retry).Enable(jittered); // expect: WEFT0005 "CreateTimer"
        });
    }
}
