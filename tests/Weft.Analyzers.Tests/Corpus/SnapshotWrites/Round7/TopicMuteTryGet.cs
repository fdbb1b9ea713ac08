// Chat broker: the topic directory is published to every worker; a worker handling "/unmute" finds the topic with
// TryGetCurrent and TryGetValue and removes the user from the topic's muted set — the shared set. Twin: the worker
// keeps unmute overrides of its own until main publishes a new directory.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TopicMuteTryGet;

public sealed class TopicInfo
{
    public required string Name { get; init; }
    public HashSet<string> Muted { get; init; } = new();
}

[ThreadLocalSlot]
public sealed partial class TopicDirectory
{
    public ImmutableDictionary<string, TopicInfo> Topics { get; init; } = ImmutableDictionary<string, TopicInfo>.Empty; // expect: WEFT0001
}

public sealed class CommandHandler
{
    private readonly HashSet<(string Topic, string User)> _unmuted = new();

    public string Unmute(string topic, string user)
    {
        if (!TopicDirectory.TryGetCurrent(out TopicDirectory? directory)) return "not ready";
        if (!directory.Topics.TryGetValue(topic, out TopicInfo? info)) return "no such topic";
        if (!info.Muted.Contains(user)) return "not muted";
        info.Muted.Remove(user); // expect: WEFT0003
        return "ok";
    }

    public bool IsMuted(TopicInfo info, string user) => info.Muted.Contains(user) && !_unmuted.Contains((info.Name, user));
}

public static class CommandText
{
    public static bool IsCommand(string text) => text.StartsWith('/');

    public static (string Name, string Arg) Split(string text) { int sp = text.IndexOf(' '); return sp < 0 ? (text, "") : (text[..sp], text[(sp + 1)..]); }
}
