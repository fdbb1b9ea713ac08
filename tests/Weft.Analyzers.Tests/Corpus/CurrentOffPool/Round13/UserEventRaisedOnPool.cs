// A handler reading a snapshot's Current is added to a user event that its type raises from Task.Run (the WEFT0004
// page: a handler "runs where the event is raised"; WEFT0005 follows "any delegate form"). Same file: at the read.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.UserEventRaisedOnPool;

[ThreadLocalSlot]
public sealed partial class Greeting
{
    public string Text { get; init; } = "";
}

public sealed class Clock
{
    public event Action? Tick;

    public Task Start() => Task.Run(() => Tick?.Invoke());
}

public static class Banner
{
    public static Task Install(Clock clock)
    {
        clock.Tick += () => Console.WriteLine(Greeting.Current.Text); // expect: WEFT0005
        return clock.Start();
    }
}
