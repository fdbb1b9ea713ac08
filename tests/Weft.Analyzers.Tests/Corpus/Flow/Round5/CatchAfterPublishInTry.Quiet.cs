// Quiet twin of CatchAfterPublishInTry: the call that may throw runs before the publish, so the `catch` only sees an
// object not yet published; the `finally` writes a fresh object.
using System;
using Weft;

namespace Corpus5a.CatchAfterPublishInTryQuiet;

public sealed class Settings
{
    public int Version;
    public string Owner = "";
}

public sealed class Audit : IDisposable
{
    public void Dispose() { }
}

public static class Publisher
{
    static void Announce(int version) { if (version < 0) throw new InvalidOperationException(); }

    public static void Run(WorkerPool pool, Settings settings)
    {
        var slot = pool.AllocateSlot<Settings>();
        try
        {
            Announce(settings.Version);
        }
        catch (InvalidOperationException)
        {
            settings.Version = 0;
        }

        slot.Publish(settings);
        using (new Audit())
        {
            var draft = new Settings();
            try
            {
                Announce(1);
            }
            finally
            {
                draft.Owner = "audit";
            }
        }
    }
}
