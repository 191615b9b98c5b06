-- A read-only role for the wall screen of the ward office: it sees the dashboard and nothing can be changed from it.
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role CHECK (role IN ('LANH_DAO', 'CAN_BO', 'QUAN_TRI', 'TRINH_CHIEU'));
