using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A base class whose method starts one of its own virtual members on another thread (a hosted service's
/// <c>StartAsync</c> running <c>Task.Run(() => ExecuteAsync(ct))</c>) runs there the override of the object it is
/// called on: an object made by the caller over worker state, of a class whose override reads that state, is reported
/// where the caller starts it; an override that reads no worker state (or none of what its object keeps) is quiet. Fails on the engine before (the base's
/// summary said nothing of the virtual call its lambda makes on <c>this</c>).
/// </summary>
public sealed class BaseClassOverrideElsewhereTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        public abstract class BackgroundWorker
        {
            private Task? _running;
            protected abstract Task ExecuteAsync(CancellationToken stoppingToken);
            public Task StartAsync(CancellationToken ct)
            {
                _running = Task.Run(() => ExecuteAsync(ct), ct);
                return Task.CompletedTask;
            }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class StatsBuffer
        {
            public List<double> Pending { get; } = [];
        }

        public sealed class StatsPump(IReadOnlyList<double> samples) : BackgroundWorker
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                Console.WriteLine(samples.Sum());
                await Task.Yield();
            }
        }

        public sealed class Idle(List<double> kept) : BackgroundWorker
        {
            public int Count => kept.Count;
            protected override Task ExecuteAsync(CancellationToken stoppingToken) { Console.WriteLine("idle"); return Task.CompletedTask; }
        }

        public sealed class Quiet(int count) : BackgroundWorker
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) { Console.WriteLine(count); return Task.CompletedTask; }
        }

        """;

    [Fact]
    public Task Worker_state_kept_by_an_object_whose_base_runs_its_override_on_the_pool_is_reported_where_it_is_started() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class FlushHandler
        {
            public static void Flush(CancellationToken ct)
            {
                var buffer = StatsBuffer.Current;
                _ = {|WEFT0004:new StatsPump(buffer.Pending)|}.StartAsync(ct);
            }
        }
        """);

    [Fact]
    public Task An_override_that_reads_no_worker_state_or_none_its_object_keeps_is_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public static class FlushHandler
        {
            public static void Flush(CancellationToken ct)
            {
                var buffer = StatsBuffer.Current;
                _ = new Quiet(buffer.Pending.Count).StartAsync(ct);
                var idle = new Idle(buffer.Pending);
                _ = idle.StartAsync(ct);
                Console.WriteLine(idle.Count);
                buffer.Pending.Clear();
            }
        }
        """);
}
