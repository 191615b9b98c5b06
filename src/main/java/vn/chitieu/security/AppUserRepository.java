package vn.chitieu.security;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AppUserRepository extends ListCrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);
}
