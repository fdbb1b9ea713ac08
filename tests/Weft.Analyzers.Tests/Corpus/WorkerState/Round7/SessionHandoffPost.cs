// Game server session handoff: a player moving to a zone owned by another worker is removed from this worker's table
// and the live Session object is posted to the target worker, while this worker keeps it in its reconnect cache (reads
// and writes it on later reconnects). Reading taken: a Session reached from the per-worker table is worker state even
// once removed from the dictionary. Twin: a value ticket goes over; the target builds its own Session.
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SessionHandoffPost;

public sealed class Session
{
    public required string PlayerId { get; init; }
    public int Zone { get; set; }
    public List<string> PendingMessages { get; } = new();
}

public sealed record SessionTicket(string PlayerId, int Zone, string[] PendingMessages);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionTable
{
    public Dictionary<string, Session> ByPlayer { get; } = new();
    public Dictionary<string, Session> RecentlyLeft { get; } = new();

    public void Adopt(Session session) => ByPlayer[session.PlayerId] = session;

    public void Adopt(SessionTicket ticket)
    {
        var session = new Session { PlayerId = ticket.PlayerId, Zone = ticket.Zone };
        session.PendingMessages.AddRange(ticket.PendingMessages);
        ByPlayer[ticket.PlayerId] = session;
    }
}

public sealed class ZoneRouter
{
    private readonly IReadOnlyList<Dispatcher> _workers;

    public ZoneRouter(IReadOnlyList<Dispatcher> workers) => _workers = workers;

    public void MoveToZone(string playerId, int zone)
    {
        SessionTable table = SessionTable.Current;
        if (!table.ByPlayer.Remove(playerId, out Session? session)) return;
        session.Zone = zone;
        table.RecentlyLeft[playerId] = session;
        Dispatcher target = _workers[zone % _workers.Count];
        target.Post(() => SessionTable.Current.Adopt(session)); // expect: WEFT0004
    }
}
