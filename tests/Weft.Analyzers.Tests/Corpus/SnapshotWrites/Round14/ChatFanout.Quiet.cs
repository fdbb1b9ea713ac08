// Quiet twin of ChatFanout: the handler skips the sender while it iterates the channel's member list, which it only
// reads. The directory's dictionary of lists keeps its WEFT0001.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.R14.ChatFanoutQuiet;

public sealed record ChatMessage(string Channel, string Sender, string Text, DateTimeOffset At);

[ThreadLocalSlot]
public sealed partial class ChannelDirectory
{
    public required Dictionary<string, List<string>> Members { get; init; } // expect: WEFT0001
    public int Version { get; init; }
}

public interface IDelivery
{
    bool TrySend(string user, ChatMessage message);
}

public sealed class ChatFanout
{
    private readonly IDelivery _delivery;
    private readonly Dictionary<string, int> _dropsByUser = new(StringComparer.Ordinal);
    private long _delivered;

    public ChatFanout(IDelivery delivery) => _delivery = delivery;

    public long Delivered => _delivered;

    public int Send(ChatMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return 0;
        }

        if (!ChannelDirectory.Current.Members.TryGetValue(message.Channel, out var members))
        {
            return 0;
        }

        int sent = 0;
        foreach (var user in members)
        {
            if (string.Equals(user, message.Sender, StringComparison.Ordinal))
            {
                continue;
            }

            if (_delivery.TrySend(user, message))
            {
                sent++;
            }
            else
            {
                _dropsByUser[user] = _dropsByUser.GetValueOrDefault(user) + 1;
            }
        }

        _delivered += sent;
        return sent;
    }

    public IEnumerable<string> WorstReceivers(int count) =>
        _dropsByUser.OrderByDescending(kv => kv.Value).Take(count).Select(kv => kv.Key);
}

public static class ChannelDirectoryLoader
{
    public static Task PublishAsync(WorkerPool pool, ILookup<string, string> membership, int version)
    {
        var members = membership.ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return ChannelDirectory.PublishAsync(pool, new ChannelDirectory { Members = members, Version = version });
    }
}
