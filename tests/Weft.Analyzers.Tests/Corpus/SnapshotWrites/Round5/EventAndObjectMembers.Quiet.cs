// Quiet twin of EventAndObjectMembers: the snapshot carries a delegate (accepted by the page) instead of an event and
// its payload at its real immutable type; the worker subscribes to an event of its own object and copies the payload.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus5a.EventAndObjectMembersQuiet;

[ThreadLocalSlot]
public sealed partial class Feed
{
    public Action<string>? OnChange { get; init; }
    public ImmutableArray<int> Payload { get; init; } = ImmutableArray<int>.Empty;
}

public sealed class Local
{
    public event Action<string>? Changed;
    public void Raise(string s) => Changed?.Invoke(s);
}

public static class Worker
{
    public static int Attach(Local local)
    {
        if (Feed.Current.OnChange is { } handler) local.Changed += handler;
        var payload = new List<int>(Feed.Current.Payload);
        payload.Add(1);
        return payload.Count;
    }
}
