using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// What a library collection's mutator hands out through an <c>out</c> argument (<c>Dictionary.Remove(key, out v)</c>,
/// <c>PriorityQueue.TryDequeue(out e, out p)</c>) is what the collection held: taken out of a worker's table, it is
/// still that worker's object, so posting it to another loop or handing it to the pool is WEFT0004. A value copied
/// out of it, or a number, stays quiet. Fails on the engine before, which gave such an out argument nothing
/// (corpus WorkerState/Round7 SessionHandoffPost).
/// </summary>
public sealed class MutatorOutElementTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Weft;
        using Weft.Threading;
        namespace App;

        public sealed class Session
        {
            public string PlayerId { get; init; } = "";
            public int Zone { get; set; }
        }

        [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
        public sealed partial class SessionTable
        {
            public Dictionary<string, Session> ByPlayer { get; } = new();
            public PriorityQueue<Session, int> Due { get; } = new();

            public void Adopt(Session session) => ByPlayer[session.PlayerId] = session;

            public void Adopt(string playerId, int zone) => ByPlayer[playerId] = new Session { PlayerId = playerId, Zone = zone };
        }

        """;

    [Fact]
    public Task Elements_taken_out_of_a_workers_collection_and_sent_elsewhere_are_reported() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class ZoneRouter(Dispatcher target)
        {
            public void MoveToZone(string playerId, int zone)
            {
                SessionTable table = SessionTable.Current;
                if (!table.ByPlayer.Remove(playerId, out Session? session)) return;
                session.Zone = zone;
                target.Post(() => SessionTable.Current.Adopt({|WEFT0004:session|}));
            }

            public void Flush()
            {
                if (SessionTable.Current.Due.TryDequeue(out Session? due, out int _))
                {
                    Task.Run(() => {|WEFT0004:due|}.Zone++);
                }
            }
        }
        """);

    [Fact]
    public Task Values_copied_out_of_a_taken_element_are_quiet() => Verifier.AnalyzeAsync<ThreadContextAnalyzer>(Types + """
        public sealed class ZoneRouter(Dispatcher target)
        {
            public void MoveToZone(string playerId, int zone)
            {
                SessionTable table = SessionTable.Current;
                if (!table.ByPlayer.Remove(playerId, out Session? session)) return;
                string id = session.PlayerId;
                target.Post(() => SessionTable.Current.Adopt(id, zone));
            }

            public void Flush()
            {
                if (SessionTable.Current.Due.TryDequeue(out Session? due, out int priority))
                {
                    int zone = due.Zone;
                    Task.Run(() => System.Console.WriteLine(zone + priority));
                }
            }
        }
        """);
}
