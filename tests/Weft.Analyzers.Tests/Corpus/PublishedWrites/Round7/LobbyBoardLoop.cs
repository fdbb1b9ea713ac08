// Matchmaking: main gathers open lobbies from several region feeds and publishes a board after each region, so
// workers see lobbies early. The board wraps the very list the loop keeps adding to: the Add at the top of the loop
// runs again after the first publish (order by flow, not text). One-token twin: the board gets lobbies.ToArray().
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LobbyBoardLoop;

public sealed record Lobby(string Id, string Region, int Slots);

public sealed record LobbyBoard(IReadOnlyList<Lobby> Open, int Version);

public interface IRegionFeed
{
    string Region { get; }
    Task<IReadOnlyList<Lobby>> FetchOpenAsync();
}

public sealed class LobbyBoardPublisher
{
    private readonly Slot<LobbyBoard> _board;
    private int _version;

    public LobbyBoardPublisher(WorkerPool pool) => _board = pool.AllocateSlot<LobbyBoard>();

    public async Task RefreshAsync(IReadOnlyList<IRegionFeed> feeds)
    {
        var open = new List<Lobby>();
        foreach (IRegionFeed feed in feeds)
        {
            IReadOnlyList<Lobby> fetched = await feed.FetchOpenAsync();
            foreach (Lobby lobby in fetched)
            {
                if (lobby.Slots > 0) open.Add(lobby); // expect: WEFT0002
            }

            await _board.PublishAsync(Snapshot(open));
        }
    }

    private LobbyBoard Snapshot(List<Lobby> lobbies) => new(lobbies, ++_version);
}
