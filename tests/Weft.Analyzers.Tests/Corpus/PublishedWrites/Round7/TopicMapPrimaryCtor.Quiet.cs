// Quiet twin of TopicMapPrimaryCtor: the published map is always a copy (new Dictionary), never the parameter's map.
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TopicMapPrimaryCtor;

public sealed record TopicMap(IReadOnlyDictionary<string, ImmutableArray<string>> Subscribers, int Version);

public sealed class TopicPublisher(Slot<TopicMap> slot, Dictionary<string, ImmutableArray<string>> map)
{
    private int _version;

    public void Subscribe(string topic, string subscriber)
    {
        ImmutableArray<string> current = map.TryGetValue(topic, out var list) ? list : ImmutableArray<string>.Empty;
        if (current.Contains(subscriber)) return;
        map[topic] = current.Add(subscriber);
        Publish();
    }

    public void Publish() => slot.Publish(new TopicMap(new Dictionary<string, ImmutableArray<string>>(map), ++_version));

    public int Count(string topic) => map.TryGetValue(topic, out var list) ? list.Length : 0;
}

public static class TopicNames
{
    public static bool IsWildcard(string topic) => topic.EndsWith(".*", System.StringComparison.Ordinal);

    public static bool Matches(string pattern, string topic) =>
        IsWildcard(pattern) ? topic.StartsWith(pattern[..^1], System.StringComparison.Ordinal) : pattern == topic;

    public static string Parent(string topic)
    {
        int dot = topic.LastIndexOf('.');
        return dot < 0 ? "" : topic[..dot];
    }
}
