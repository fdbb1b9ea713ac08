// WEFT0002: one `switch` section publishes and `break`s out of the switch; the write after the switch runs on that
// path too. A switch expression that yields the publish task is the same: the publish has started once it is chosen.
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.SwitchCasePublishThenFallOut;

public sealed class Mode
{
    public string Name = "";
}

public static class Publisher
{
    public static async Task Run(WorkerPool pool, int kind)
    {
        var slot = pool.AllocateSlot<Mode>();
        var mode = new Mode();
        switch (kind)
        {
            case 1:
                slot.Publish(mode);
                break;
            default:
                mode.Name = "default";
                break;
        }

        mode.Name += "!"; // expect: WEFT0002
        var other = new Mode();
        Task publishing = kind switch { 2 => slot.PublishAsync(other), _ => Task.CompletedTask };
        other.Name = "two"; // expect: WEFT0002
        await publishing;
    }
}
