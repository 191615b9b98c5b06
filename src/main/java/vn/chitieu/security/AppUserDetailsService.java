package vn.chitieu.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // the typed name is not repeated in the message: messages end up in logs
        return users.findByUsername(username.strip()).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("Không có tài khoản này"));
    }
}
