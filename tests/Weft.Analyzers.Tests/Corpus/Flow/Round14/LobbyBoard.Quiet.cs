// Quiet twin of LobbyBoard: `finally` starts a new list for the next batch instead of clearing the published one, so
// every write lands on a list that has not been published yet (the page's `finally { batch = new List<string>(); }`).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Flow.R14.LobbyBoardQuiet;

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

                    batch.Add(lobby);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                batch.Sort(static (a, b) => (b.Capacity - b.Players).CompareTo(a.Capacity - a.Players));
                await _board.PublishAsync(batch);
                _published += batch.Count;
            }
            finally
            {
                batch = new List<Lobby>(BatchSize);
            }
        }
    }

    public string Describe() => $"published {_published}, skipped {_skippedFull} full lobbies";
}
