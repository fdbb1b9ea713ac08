// WEFT0006 across files: a mutable struct and a `this ref` extension that read-modify-writes it (this file); a static
// of that struct is advanced from a [WorkerUpdate] in Limiter.cs. The page: "a `this ref` extension: s_window.Advance();
// reported at the worker code's call".
namespace Corpus.StaticWrites.R9.ThisRefExtensionElsewhere;

public struct Window
{
    public long Start;
    public int Count;
}

public static class WindowExtensions
{
    public static void Advance(this ref Window window, long now)
    {
        if (now - window.Start >= 1000)
        {
            window.Start = now;
            window.Count = 0;
        }

        window.Count++;
    }
}
