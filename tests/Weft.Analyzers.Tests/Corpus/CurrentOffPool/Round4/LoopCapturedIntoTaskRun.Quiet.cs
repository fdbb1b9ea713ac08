// Quiet twin of LoopCapturedIntoTaskRun: the pool thread computes the delay and posts back to the loop, where
// CreateTimer runs ([RunsOnOwningLoop]); reading Dispatcher.Current on the pool thread ([CallingThreadLoop], not
// [RequiresLoopThread]) only answers null there.
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
            var onPoolThread = Dispatcher.Current is null;
            loop.Post(() => loop.CreateTimer(retry).Enable(onPoolThread ? jittered : delay));
        });
    }
}
