// Game server: a worker pages through the published lobby list with a small Page wrapper built by a helper; when a
// lobby fills up while the page is shown, the handler sets Full on the page's lobby — the snapshot's object (WEFT0001
// on the member). Twin: fullness is tracked in the worker's own set.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LobbyPageWrapper;

public sealed class LobbyEntry
{
    public required string Id { get; init; }
    public bool Full { get; set; }
}

[ThreadLocalSlot]
public sealed partial class LobbyDirectory
{
    public ImmutableArray<LobbyEntry> Lobbies { get; init; } // expect: WEFT0001
}

public sealed class Page
{
    public Page(ImmutableArray<LobbyEntry> items, int index)
    {
        Items = items;
        Index = index;
    }

    public ImmutableArray<LobbyEntry> Items { get; }
    public int Index { get; }
}

public sealed class LobbyBrowser
{
    private const int PageSize = 20;
    private readonly HashSet<string> _full = new();

    private static Page PageOf(ImmutableArray<LobbyEntry> all, int index) =>
        new(all.Length <= PageSize ? all : all.RemoveRange(0, System.Math.Min(index * PageSize, all.Length)), index);

    public void OnLobbyFilled(string id, int pageIndex)
    {
        Page page = PageOf(LobbyDirectory.Current.Lobbies, pageIndex);
        foreach (LobbyEntry lobby in page.Items)
        {
            if (lobby.Id == id) lobby.Full = true; // expect: WEFT0003
        }
    }

    public bool IsFull(LobbyEntry lobby) => lobby.Full || _full.Contains(lobby.Id);
}
