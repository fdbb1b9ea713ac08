using System.Text;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Broadcast.R9.GenericSenderElsewhere;

public static class Banner
{
    public static Task ShowAsync(Slot<Screen> slot, string who)
    {
        var text = new StringBuilder("maintenance by ").Append(who);
        return Fanout.Send(slot, text.ToString());
    }
}
