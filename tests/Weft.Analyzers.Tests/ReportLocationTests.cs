using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// Where two rule-page sentences put a report when the defect's parts sit on several lines (corpus round 14's doc gaps
/// 2 and 3). The implicit <c>Dispose</c> of a <c>using</c> statement or declaration is reported at its resource on the
/// <c>using</c> line, not at the closing brace where it runs (WEFT0002 page). A variable or field a lambda handed to
/// another thread captures is reported inside the lambda at its first use, not at the call that hands the lambda over
/// (WEFT0004 page). These pin the documented locations; they are not fixes (both held on the engine before).
/// </summary>
public sealed class ReportLocationTests
{
    [Fact]
    public Task A_using_blocks_implicit_Dispose_is_reported_at_its_resource_on_the_using_line() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Lease : IDisposable
        {
            private readonly List<byte[]> _buffers = new();

            public IReadOnlyList<byte[]> Buffers => _buffers;

            public void Dispose() => _buffers.Clear();
        }

        public static class Writers
        {
            public static void Block(Slot<Lease> slot)
            {
                using (var {|WEFT0002:lease = new Lease()|})
                {
                    slot.Publish(lease);
                }
            }

            public static void Existing(Slot<Lease> slot)
            {
                var lease = new Lease();
                using ({|WEFT0002:lease|})
                {
                    slot.Publish(lease);
                }
            }

            public static void Declaration(Slot<Lease> slot)
            {
                using var {|WEFT0002:lease = new Lease()|};
                slot.Publish(lease);
            }
        }
        """);

    [Fact]
    public Task A_capture_of_a_lambda_handed_to_another_thread_is_reported_at_its_first_use_inside() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Weft;
        namespace App;

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class Rooms
        {
            private readonly List<string> _leaderboard = new();
            public readonly Dictionary<string, int> ById = new();

            [WorkerUpdate]
            private void Rank(Task<string[]> ranked) => ranked.ContinueWith(
                t =>
                {
                    {|WEFT0004:_leaderboard|}.Clear();
                    _leaderboard.AddRange(t.Result);
                },
                TaskScheduler.Default);
        }

        public static class Sweeper
        {
            public static void Evict(List<string> expired)
            {
                var rooms = Rooms.Current;
                Parallel.ForEach(expired, id =>
                {
                    Console.WriteLine(id);
                    {|WEFT0004:rooms|}.ById.Remove(id);
                    rooms.ById.Remove(id + "-old");
                });
                Task.Run(() => {|WEFT0004:rooms|}.ById.Clear());
            }
        }
        """);
}
