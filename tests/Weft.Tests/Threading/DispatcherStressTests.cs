using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Weft.Threading;

namespace Weft.Tests.Threading;

/// <summary>
/// Seeded randomized interleavings of posts, self-posts, timers, deferred deletes and exits. After every run:
/// every accepted callback ran exactly once, per-producer order held, every armed timer fired or was cancelled,
/// every deferred delete ran on the loop thread.
/// </summary>
public sealed class DispatcherStressTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_mix_of_operations_keeps_every_invariant(int seed)
    {
        for (int round = 0; round < 10; round++)
        {
            RunRound(seed * 1000 + round);
        }
    }

    private static void RunRound(int seed)
    {
        var random = new Random(seed);
        int producers = random.Next(1, 4);
        var dispatcher = Dispatcher.Start($"stress-{seed}", new DispatcherOptions { MaxCallbacksPerIteration = random.Next(1, 64) });
        var executedPerProducer = new long[producers];
        var accepted = new long[producers];
        long orderViolations = 0;
        long selfPostsRun = 0;
        long selfPostsAccepted = 0;
        long timersArmed = 0;
        long timersFired = 0;
        long timersCancelled = 0;
        long deletesRequested = 0;
        long deletesRun = 0;
        long deletesOffLoop = 0;
        var liveTimers = new List<DispatcherTimer>();

        void OnLoop(Random loopRandom)
        {
            switch (loopRandom.Next(4))
            {
                case 0:
                    if (dispatcher.TryPost(() => selfPostsRun++))
                    {
                        selfPostsAccepted++;
                    }

                    break;
                case 1:
                    var timer = dispatcher.CreateTimer(() => timersFired++);
                    timer.Enable(TimeSpan.FromMilliseconds(loopRandom.Next(0, 3)));
                    timersArmed++;
                    liveTimers.Add(timer);
                    break;
                case 2:
                    if (liveTimers.Count > 0)
                    {
                        var victim = liveTimers[loopRandom.Next(liveTimers.Count)];
                        if (victim.IsEnabled)
                        {
                            victim.Disable();
                            timersCancelled++;
                        }
                    }

                    break;
                default:
                    deletesRequested++;
                    dispatcher.DeferredDelete(new Disposable(() =>
                    {
                        deletesRun++;
                        if (!dispatcher.IsCurrentThread)
                        {
                            deletesOffLoop++;
                        }
                    }));
                    break;
            }
        }

        var loopRandom = new Random(seed ^ 0x5eed);
        using var start = new Barrier(producers + 1);
        var threads = Enumerable.Range(0, producers).Select(p => new Thread(() =>
        {
            var producerRandom = new Random(seed + p);
            start.SignalAndWait();
            int posts = producerRandom.Next(1_000, 20_000);
            for (int i = 0; i < posts; i++)
            {
                int sequence = i;
                bool ok = producerRandom.Next(3) == 0
                    ? dispatcher.TryPost(() =>
                    {
                        if (executedPerProducer[p] != sequence)
                        {
                            orderViolations++;
                        }

                        executedPerProducer[p]++;
                        OnLoop(loopRandom);
                    })
                    : dispatcher.TryPost<(int Producer, int Sequence)>(
                        state =>
                        {
                            if (executedPerProducer[state.Producer] != state.Sequence)
                            {
                                orderViolations++;
                            }

                            executedPerProducer[state.Producer]++;
                        },
                        (p, sequence));
                if (!ok)
                {
                    break;
                }

                accepted[p]++;
                if (producerRandom.Next(500) == 0)
                {
                    Thread.Yield();
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.SignalAndWait();
        threads.ForEach(t => Assert.True(t.Join(TestWait.Timeout)));

        // Let every armed timer fire or be cancelled before exiting.
        using var quiet = new ManualResetEventSlim();
        dispatcher.Post(() =>
        {
            DispatcherTimer? poll = null;
            poll = dispatcher.CreateTimer(() =>
            {
                if (dispatcher.Timers.Count == 0)
                {
                    quiet.Set();
                }
                else
                {
                    poll!.Enable(TimeSpan.FromMilliseconds(1));
                }
            });
            poll.Enable(TimeSpan.Zero);
        });
        quiet.Wait("armed timers to fire");
        dispatcher.Dispose();

        Assert.Equal(0, orderViolations);
        Assert.Equal(accepted, executedPerProducer);
        Assert.Equal(selfPostsAccepted, selfPostsRun);
        Assert.Equal(timersArmed, timersFired + timersCancelled);
        Assert.Equal(deletesRequested, deletesRun);
        Assert.Equal(0, deletesOffLoop);
    }

    private sealed class Disposable(Action onDispose) : IDisposable
    {
        public void Dispose() => onDispose();
    }
}
