// A chat server's fan-out on the workers: the channel directory (who is in which channel) is published to every
// worker as a dictionary of member lists (WEFT0001 on the member, in both twins). To send a message to everyone but its
// sender, the handler looks the channel up with TryGetValue and removes the sender from the list it got: that `out`
// list is the snapshot's own, so the Remove is WEFT0003. The quiet twin skips the sender while it iterates.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.R14.ChatFanoutDefect;

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

        members.Remove(message.Sender); // expect: WEFT0003
        int sent = 0;
        foreach (var user in members)
        {
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
