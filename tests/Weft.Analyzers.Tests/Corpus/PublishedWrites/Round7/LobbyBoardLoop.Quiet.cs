// Quiet twin of LobbyBoardLoop: each board holds its own array, so the loop's list stays main's.
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
                if (lobby.Slots > 0) open.Add(lobby);
            }

            await _board.PublishAsync(Snapshot(open));
        }
    }

    private LobbyBoard Snapshot(List<Lobby> lobbies) => new(lobbies.ToArray(), ++_version);
}
