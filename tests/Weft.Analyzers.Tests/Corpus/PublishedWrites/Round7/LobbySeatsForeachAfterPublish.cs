// Matchmaking on main: open lobbies are published to the workers, then main reserves a seat in every lobby of the
// player's party region by decrementing each lobby's free seats — the lobby objects the workers are reading (the
// foreach variable is an element of the published list). Twin: the reservation happens before the publish.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LobbySeatsForeachAfterPublish;

public sealed class OpenLobby
{
    public required string Id { get; init; }
    public required string Region { get; init; }
    public int FreeSeats { get; set; }
}

public sealed record LobbyList(IReadOnlyList<OpenLobby> Lobbies);

public sealed class LobbyAllocator
{
    private readonly Slot<LobbyList> _slot;

    public LobbyAllocator(WorkerPool pool) => _slot = pool.AllocateSlot<LobbyList>();

    public async Task OpenAsync(IEnumerable<(string Id, string Region, int Seats)> fresh, string partyRegion, int partySize)
    {
        var lobbies = new List<OpenLobby>();
        foreach (var (id, region, seats) in fresh)
        {
            lobbies.Add(new OpenLobby { Id = id, Region = region, FreeSeats = seats });
        }

        await _slot.PublishAsync(new LobbyList(lobbies));

        foreach (OpenLobby lobby in lobbies)
        {
            if (lobby.Region != partyRegion || lobby.FreeSeats < partySize) continue;
            lobby.FreeSeats -= partySize; // expect: WEFT0002
            break;
        }
    }
}
