namespace Corpus.R11.ExtensionReturnsListQuiet;

public static class Login
{
    public static void Remember(string user)
    {
        var users = Directory.Current.UsersOf();
        users.Add(user);
    }
}
