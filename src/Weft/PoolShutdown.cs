using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Weft.Slots;
using Weft.Threading;

namespace Weft;

/// <summary>
/// A pool's orderly stop, bounded by <see cref="WorkerPoolOptions.ShutdownTimeout"/>: global threading shut down on
/// main (or, when main does not answer, from here), each worker frees its values and exits, then main; exited loops
/// are disposed, stuck ones named in a <see cref="TimeoutException"/> and left running.
/// </summary>
internal static class PoolShutdown
{
    public static async Task RunAsync(WorkerPool pool, ImmutableArray<Dispatcher> workers, ILogger? logger)
    {
        var deadline = new ShutdownDeadline(pool.Options.ShutdownTimeout);
        bool mainAnswered = await deadline.WaitAsync(pool.Main.InvokeAsync(pool.Registry.ShutdownGlobalThreading)).ConfigureAwait(false);
        if (!mainAnswered)
        {
            // Main is stuck: no slot change can start from now on, and the workers are still stopped.
            pool.Registry.ShutdownGlobalThreading();
        }

        foreach (Dispatcher worker in workers)
        {
            worker.TryPost(SlotRegistry.ShutdownThread);
            worker.Exit();
        }

        await deadline.WaitAsync(Task.WhenAll(workers.Select(w => w.Completion))).ConfigureAwait(false);
        pool.Main.TryPost(SlotRegistry.ShutdownThread);
        pool.Main.Exit();
        await deadline.WaitAsync(pool.Main.Completion).ConfigureAwait(false);

        Dispatcher[] all = [pool.Main, .. workers];
        Dispatcher[] stuck = all.Where(d => !d.HasExited).ToArray();
        foreach (Dispatcher dispatcher in all.Where(d => d.HasExited))
        {
            dispatcher.Dispose();
        }

        pool.GuardDog?.Dispose();
        pool.Stats.Dispose();
        if (stuck.Length != 0)
        {
            throw new TimeoutException(
                $"Worker pool shutdown did not finish within {pool.Options.ShutdownTimeout.TotalSeconds:0.###} s (WorkerPoolpool.Options.ShutdownTimeout): " +
                string.Join("; ", stuck.Select(d => $"'{d.Name}' is running {d.RunningCallbackDescription ?? "no posted callback (blocked in a timer, a deferred delete or between callbacks)"}")) +
                ". Those threads were left running.");
        }

        logger?.LogInformation("Worker pool stopped: {Workers} workers joined.", workers.Length);
    }
}
