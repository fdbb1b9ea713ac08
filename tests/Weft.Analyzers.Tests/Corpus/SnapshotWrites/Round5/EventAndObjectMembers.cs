// WEFT0003: a snapshot's event subscribed from a worker (`+=` writes the delegate field of the shared instance), and
// an `object`-typed member cast back to its real List<T> and written. WEFT0001 reports both members (the page: events
// and `object` members).
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus5a.EventAndObjectMembers;

[ThreadLocalSlot]
public sealed partial class Feed
{
    public event Action<string>? Changed; // expect: WEFT0001
    public object Payload { get; init; } = new List<int>(); // expect: WEFT0001

    public void Raise(string s) => Changed?.Invoke(s);
}

public static class Worker
{
    public static void Attach(Action<string> onChange)
    {
        Feed.Current.Changed += onChange; // expect: WEFT0003
        ((List<int>)Feed.Current.Payload).Add(1); // expect: WEFT0003
    }
}
