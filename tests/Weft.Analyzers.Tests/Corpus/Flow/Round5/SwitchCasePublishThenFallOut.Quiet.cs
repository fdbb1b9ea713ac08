// Quiet twin of SwitchCasePublishThenFallOut: the publishing section `return`s instead of `break`ing, and the switch
// expression runs after the write.
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.SwitchCasePublishThenFallOutQuiet;

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
                return;
            default:
                mode.Name = "default";
                break;
        }

        mode.Name += "!";
        var other = new Mode();
        other.Name = "two";
        Task publishing = kind switch { 2 => slot.PublishAsync(other), _ => Task.CompletedTask };
        await publishing;
    }
}
