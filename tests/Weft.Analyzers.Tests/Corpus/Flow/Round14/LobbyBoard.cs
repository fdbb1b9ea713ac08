// A game server's lobby board: main drains the open-lobby announcements from a channel, collects them into batches
// of up to 32 and publishes each batch to the workers (which show it to players browsing lobbies). The batch list is
// reused: `finally` clears it after the publish. The page (WEFT0002, order by flow) names this shape: a `finally`
// that clears the published object writes it, and the next pass's Add and Sort write the same published list again.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.LobbyBoardDefect;

public sealed record Lobby(Guid Id, string Map, string Mode, int Players, int Capacity)
{
    public bool IsFull => Players >= Capacity;
}

public sealed class LobbyBoard
{
    private const int BatchSize = 32;
    private readonly Slot<List<Lobby>> _board;
    private readonly ChannelReader<Lobby> _announcements;
    private long _published;
    private long _skippedFull;

    public LobbyBoard(Slot<List<Lobby>> board, ChannelReader<Lobby> announcements)
    {
        _board = board;
        _announcements = announcements;
    }

    public long Published => _published;

    public async Task PumpAsync(CancellationToken ct)
    {
        var batch = new List<Lobby>(BatchSize);
        while (await _announcements.WaitToReadAsync(ct))
        {
            try
            {
                while (batch.Count < BatchSize && _announcements.TryRead(out var lobby))
                {
                    if (lobby.IsFull)
                    {
                        _skippedFull++;
                        continue;
                    }

                    batch.Add(lobby); // expect: WEFT0002
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                batch.Sort(static (a, b) => (b.Capacity - b.Players).CompareTo(a.Capacity - a.Players)); // expect: WEFT0002
                await _board.PublishAsync(batch);
                _published += batch.Count;
            }
            finally
            {
                batch.Clear(); // expect: WEFT0002
            }
        }
    }

    public string Describe() => $"published {_published}, skipped {_skippedFull} full lobbies";
}
