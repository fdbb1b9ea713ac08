// C# 14 extension block with a property whose setter writes the receiver; set after the publish. Reading taken: the
// setter is the user's method that writes its receiver, reported at the assignment or inside it (#escape).
using Weft.Slots;

namespace Corpus.R12.ExtensionPropertySetter;

public sealed class Quota
{
    public int Max { get; set; }
}

public static class QuotaExtensions
{
    extension(Quota quota)
    {
        public int Limit
        {
            get => quota.Max;
            set => quota.Max = value; // expect: WEFT0002 #escape
        }
    }
}

public static class Quotas
{
    public static void Publish(Slot<Quota> slot)
    {
        var quota = new Quota { Max = 10 };
        slot.Publish(quota);
        quota.Limit = 20; // expect: WEFT0002 #escape
    }
}
