// WEFT0002: the publish is in a `try` followed by a call that may throw; the `catch` rolls the object back, but the
// publish already ran. The `finally` of a `using` block after the publish writes it too.
using System;
using Weft;

namespace Corpus5a.CatchAfterPublishInTry;

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
            slot.Publish(settings);
            Announce(settings.Version);
        }
        catch (InvalidOperationException)
        {
            settings.Version = 0; // expect: WEFT0002
        }

        using (new Audit())
        {
            try
            {
                Announce(1);
            }
            finally
            {
                settings.Owner = "audit"; // expect: WEFT0002
            }
        }
    }
}
