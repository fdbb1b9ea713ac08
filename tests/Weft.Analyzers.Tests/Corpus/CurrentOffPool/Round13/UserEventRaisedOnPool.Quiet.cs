// The quiet twin: the text is read on the worker when the handler is added; the handler only uses the string.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.UserEventRaisedOnPoolQuiet;

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
        string text = Greeting.Current.Text;
        clock.Tick += () => Console.WriteLine(text);
        return clock.Start();
    }
}
