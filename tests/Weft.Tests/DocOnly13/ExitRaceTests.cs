using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Threading;
using Xunit.Abstractions;

namespace Weft.Tests.DocOnly13;

/// <summary>
/// Exit racing producers (seeded): the docs promise a post is refused or admitted, and admitted work is run or
/// discarded-and-counted, "never dropped silently" (Dispatcher remarks); every InvokeAsync Task "always completes".
/// </summary>
public sealed class ExitRaceTests
{
    private readonly ITestOutputHelper _output;

    public ExitRaceTests(ITestOutputHelper output) => _output = output;

    // Doc: "Exit refuses further posts at once: a refused post throws ObjectDisposedException (or returns false from
    // TryPost); it is never dropped silently. What was admitted before the exit is run or discarded-and-counted per
    // QueuedWorkAtExit."
    [Theory]
    [InlineData(QueuedWorkAtExit.Drain)]
    [InlineData(QueuedWorkAtExit.Discard)]
    public async Task Every_post_admitted_while_Exit_races_producers_is_run_or_counted_as_discarded(QueuedWorkAtExit atExit)
    {
        int baseSeed = Environment.TickCount;
        _output.WriteLine($"base seed {baseSeed}");
        for (int round = 0; round < 12; round++)
        {
            int seed = baseSeed + round;
            var random = new Random(seed);
            var loop = Dispatcher.Start(Kit13.UniqueName("race"), new DispatcherOptions { QueuedWorkAtExit = atExit });
            long ran = 0;
            long accepted = 0;
            long posted = 0;
            int exitAfter = random.Next(1, 20_000);
            const int Producers = 3;
            var threads = new Thread[Producers];
            for (int p = 0; p < Producers; p++)
            {
                int producerSeed = random.Next();
                threads[p] = new Thread(() =>
                {
                    var r = new Random(producerSeed);
                    for (int i = 0; i < 20_000; i++)
                    {
                        bool ok;
                        switch (r.Next(4))
                        {
                            case 0: ok = loop.TryPost(() => ran++); break;
                            case 1: ok = loop.TryPost<int>(n => ran += n, 1); break;
                            case 2:
                                try { loop.Post(() => ran++); ok = true; }
                                catch (ObjectDisposedException) { ok = false; }
                                break;
                            default:
                                try { loop.Post<long>(n => ran += n, 1L); ok = true; }
                                catch (ObjectDisposedException) { ok = false; }
                                break;
                        }
                        if (ok) Interlocked.Increment(ref accepted);
                        if (Interlocked.Increment(ref posted) == exitAfter) loop.Exit();
                        if (!ok) return;
                    }
                });
                threads[p].Start();
            }
            foreach (var t in threads)
            {
                Assert.True(t.Join(Kit13.Bound), $"seed {seed}: a producer did not finish");
            }
            loop.Exit();
            await Kit13.Within(loop.Completion, $"the loop to exit (seed {seed})");
            long discarded = loop.Stats.DiscardedAtExit;
            Assert.True(ran + discarded == Interlocked.Read(ref accepted),
                $"seed {seed} ({atExit}): accepted {accepted}, ran {ran}, discarded {discarded}");
            if (atExit == QueuedWorkAtExit.Drain)
            {
                Assert.Equal(0, discarded);
            }
        }
    }

    // Doc (InvokeAsync): "Faults with ObjectDisposedException (rather than throwing) when the loop has exited or is
    // exiting, and when the call was queued but the loop exited without running it (QueuedWorkAtExit.Discard): the
    // Task always completes."
    [Theory]
    [InlineData(QueuedWorkAtExit.Drain)]
    [InlineData(QueuedWorkAtExit.Discard)]
    public async Task Every_InvokeAsync_racing_Exit_completes_with_its_result_or_ObjectDisposedException(QueuedWorkAtExit atExit)
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        for (int round = 0; round < 8; round++)
        {
            var loop = Dispatcher.Start(Kit13.UniqueName("invoke-race"), new DispatcherOptions { QueuedWorkAtExit = atExit });
            var tasks = new List<Task<int>>();
            int exitAt = random.Next(0, 5_000);
            int ranCount = 0;
            for (int i = 0; i < 5_000; i++)
            {
                int n = i;
                tasks.Add(loop.InvokeAsync(() => { ranCount++; return n; }));
                if (i == exitAt)
                {
                    ThreadPool.QueueUserWorkItem(_ => loop.Exit());
                }
            }
            loop.Exit();
            await Kit13.Within(Task.WhenAll(tasks.Select(t => (Task)t).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))),
                $"every InvokeAsync Task to complete (seed {seed}, round {round}, {atExit})");
            await Kit13.Within(loop.Completion, "the loop to exit");
            int succeeded = 0;
            for (int i = 0; i < tasks.Count; i++)
            {
                Task<int> t = tasks[i];
                if (t.IsCompletedSuccessfully)
                {
                    Assert.Equal(i, await t);
                    succeeded++;
                }
                else
                {
                    Assert.True(t.IsFaulted, $"seed {seed}: InvokeAsync {i} ended {t.Status}");
                    Assert.IsType<ObjectDisposedException>(t.Exception!.InnerException);
                }
            }
            Assert.Equal(ranCount, succeeded);
        }
    }

    // Doc: an await continuation reaching the loop once it is exiting is "dropped, counted in ContinuationsAfterExit";
    // one that arrived before runs on the loop (Drain). So with continuations racing the exit, each one either ran on
    // the loop thread or was counted: none is lost, none runs elsewhere.
    [Fact]
    public async Task Await_continuations_racing_the_exit_each_run_on_the_loop_or_are_counted()
    {
        int seed = Environment.TickCount;
        _output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        for (int round = 0; round < 8; round++)
        {
            var loop = Dispatcher.Start(Kit13.UniqueName("await-race"));
            const int Count = 400;
            var gates = Enumerable.Range(0, Count).Select(_ => new TaskCompletionSource()).ToArray();
            int ranOnLoop = 0, ranElsewhere = 0;
            int loopThread = await loop.InvokeAsync(() =>
            {
                int me = Environment.CurrentManagedThreadId;
                foreach (var gate in gates)
                {
                    _ = Resume(gate.Task);
                }
                async Task Resume(Task awaited)
                {
                    await awaited;
                    if (Environment.CurrentManagedThreadId == me) ranOnLoop++;
                    else Interlocked.Increment(ref ranElsewhere);
                }
                return me;
            });
            int exitAt = random.Next(Count);
            for (int i = 0; i < Count; i++)
            {
                if (i == exitAt) loop.Exit();
                gates[i].SetResult();
            }
            await Kit13.Within(loop.Completion, $"the loop to exit (seed {seed})");
            Assert.Equal(0, Volatile.Read(ref ranElsewhere));
            long counted = loop.Stats.ContinuationsAfterExit;
            Assert.True(ranOnLoop + counted == Count, $"seed {seed} round {round}: ran {ranOnLoop} + counted {counted} != {Count}");
        }
    }
}
