using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// WEFT0004 reports a variable once per method or lambda, at its first use off the loop (the page); a field is such a
/// variable: a field that holds worker state, used twice in one <c>Task.Run</c> lambda (kept by another method of the
/// type) or a per-worker type's own field used twice in a <c>ContinueWith</c> on the default scheduler, is one report,
/// at the first use. Fails on the engine before, which reported every read (corpus round 14: WorkerState/Round14
/// AuditShipper, RoomLeaderboard).
/// </summary>
public sealed class FieldReportedOnceTests
{
    private const string Slot = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class AuditBuffer
        {
            public List<string> Records { get; } = new();
        }

        """;

    [Fact]
    public Task A_worker_field_used_twice_in_one_lambda_is_reported_once() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Slot + """
        public sealed class Shipper
        {
            private List<string>? _buffer;

            public void Bind() => _buffer = AuditBuffer.Current.Records;

            public Task ShipAsync(Func<string[], Task> send) => Task.Run(async () =>
            {
                string[] batch = {|WEFT0004:_buffer|}!.ToArray();
                await send(batch);
                _buffer.Clear();
            });
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Leaderboard
        {
            private readonly List<int> _scores = new();

            public Task RebuildAsync(Task<int[]> loaded) => loaded.ContinueWith(t =>
            {
                {|WEFT0004:_scores|}.Clear();
                _scores.AddRange(t.Result);
            }, TaskScheduler.Default);
        }
        """);
}
