using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;
using Weft.Threading;
using static Weft.Tests.DocOnly.DocOnlyKit;

namespace Weft.Tests.DocOnly;

// Verbs racing StopAsync on real threads. Seeded (which verbs, how many, how long the stopper waits before stopping);
// the interleaving itself is the OS's, so each seed runs several rounds. What the docs promise whatever the
// interleaving: every Task form completes (fresh, faulted with InvalidOperationException, never hanging — the broadcast
// timeout is infinite here), a completion runs at most once, AddWorker either refuses or hands out a worker that the
// shutdown stops ("a shutdown beginning meanwhile sees the worker"), FlushAsync completes, and StopAsync finishes.
public sealed class ShutdownRaceStressTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(13)]
    public async Task Verbs_racing_StopAsync_all_finish_and_leave_no_worker_running(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 8; round++)
        {
            var context = $"seed {seed}, round {round}";
            var options = Options($"dq-race{seed}r{round}", 2);
            options.BroadcastTimeout = Timeout.InfiniteTimeSpan;
            var pool = WorkerPool.Start(options);
            var slot = pool.AllocateSlot<string>();
            await Within(slot.SetAsync(d => d.Name), $"{context}: the slot to be set");
            var operations = random.Next(4, 12);
            var plan = Enumerable.Range(0, operations).Select(_ => random.Next(5)).ToArray();
            var stopAfter = random.Next(0, operations);
            var tasks = new ConcurrentQueue<(string Verb, Task Task)>();
            var added = new ConcurrentQueue<Dispatcher>();
            var completions = new ConcurrentDictionary<int, int>();
            var start = new Barrier(2);

            var verbs = Task.Run(() =>
            {
                start.SignalAndWait(Bound);
                for (var i = 0; i < plan.Length; i++)
                {
                    var id = i;
                    try
                    {
                        switch (plan[i])
                        {
                            case 0: tasks.Enqueue(("SetAsync", slot.SetAsync(d => d.Name))); break;
                            case 1: tasks.Enqueue(("RunOnAllThreadsAsync", slot.RunOnAllThreadsAsync(_ => { }))); break;
                            case 2: slot.RunOnAllThreads(_ => { }, () => completions.AddOrUpdate(id, 1, (_, n) => n + 1)); break;
                            case 3: added.Enqueue(pool.AddWorker()); break;
                            default: tasks.Enqueue(("FlushAsync", pool.Stats.FlushAsync())); break;
                        }
                    }
                    catch (InvalidOperationException refused) when (pool.IsShutdown)
                    {
                        Assert.Contains("shut down", refused.Message, StringComparison.Ordinal);
                    }
                }
            });
            var stopper = Task.Run(async () =>
            {
                start.SignalAndWait(Bound);
                for (var i = 0; i < stopAfter; i++)
                {
                    await Task.Yield();
                }

                await pool.StopAsync();
            });

            await Within(Task.WhenAll(verbs, stopper), $"{context}: the verbs and StopAsync");
            foreach (var (verb, task) in tasks)
            {
                await Within(task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default), $"{context}: {verb} to complete");
                Assert.True(
                    task.IsCompletedSuccessfully || task.Exception?.InnerException is InvalidOperationException,
                    $"{context}: {verb} ended {task.Status}: {task.Exception?.InnerException}");
            }

            Assert.All(completions, c => Assert.True(c.Value == 1, $"{context}: completion {c.Key} ran {c.Value} times"));
            foreach (var worker in pool.Workers.Concat(added).Append(pool.Main))
            {
                await Within(worker.Completion, $"{context}: {worker.Name} to exit after StopAsync");
            }
        }
    }
}
